import http from 'node:http';

// Its own agent: HostClient shares one with four sockets, which would queue 200 voters behind each other.
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

/** One resident's browser for the participatory budget benchmark: a session cookie and its CSRF token. */
export class PbVoter {
  #cookie = '';
  #csrf = '';

  constructor(
    private readonly port: number,
    private readonly host: string,
  ) {}

  request(method: string, path: string, body?: unknown): Promise<{ status: number; body: any; ms: number }> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const started = performance.now();
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
            resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null, ms: performance.now() - started });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  async signIn(email: string, password: string) {
    this.#csrf = (await this.request('GET', '/api/session')).body.csrfToken;
    const res = await this.request('POST', '/api/auth/resident/sign-in', { email, password });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.#csrf = (await this.request('GET', '/api/session')).body.csrfToken;
  }
}
