/** Operations per second with 16 callers in a loop, after a one-second warm-up. */
export async function rate(seconds: number, op: (i: number) => Promise<unknown>) {
  const run = async (ms: number) => {
    let done = 0;
    const until = Date.now() + ms;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (Date.now() < until) await op(done++);
      }),
    );
    return done / (ms / 1000);
  };
  await run(1000);
  return run(seconds * 1000);
}
