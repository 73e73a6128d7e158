/** Shown when a face cannot load its site or session; plain, because i18n may not be up yet. */
export function BootFailure({ title, message }: { title: string; message: string }) {
  return (
    <main id="main" className="boot-failure">
      <h1>{title}</h1>
      <p>{message}</p>
    </main>
  );
}
