import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

/** A tiny HTTP client that speaks to one server as one host, keeping its session cookie. */
export class HostClient {
  #cookie = '';
  #csrf = '';

  constructor(
    private readonly port: number,
    private readonly host: string,
  ) {}

  request(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent,
          host: '127.0.0.1',
          port: this.port,
          method,
          path,
          headers: {
            host: this.host,
            cookie: this.#cookie,
            'x-csrf-token': this.#csrf,
            ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          },
        },
        (res) => {
          const setCookie = res.headers['set-cookie']?.[0];
          if (setCookie) this.#cookie = setCookie.split(';')[0]!;
          const chunks: Buffer[] = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  signInStaff(email: string, password: string) {
    return this.#signIn('/api/auth/staff/sign-in', email, password);
  }

  signInOperator(email: string, password: string) {
    return this.#signIn('/api/auth/operator/sign-in', email, password);
  }

  async #signIn(path: string, email: string, password: string) {
    this.#csrf = (await this.request('GET', '/api/session')).body.csrfToken;
    const res = await this.request('POST', path, { email, password });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.#csrf = (await this.request('GET', '/api/session')).body.csrfToken;
  }
}
