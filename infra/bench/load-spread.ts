import autocannon from 'autocannon';

/** Load spread at random over the hosts: every request may be for a different city. */
export async function loadSpread(url: string, hosts: string[], seconds: number) {
  const result = await autocannon({
    url,
    connections: 50,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        setupRequest: (req) => ({ ...req, headers: { ...req.headers, host: hosts[Math.floor(Math.random() * hosts.length)]! } }),
      },
    ],
  });
  return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx };
}

