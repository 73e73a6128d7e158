// Text, not colour alone, carries the status; the colour only reinforces it.
const TONES: Record<string, string> = {
  active: 'tag--success',
  provisioning: 'tag--primary',
  suspended: 'tag--error',
  archived: 'tag--neutral',
};

export function StatusTag({ status }: { status: string }) {
  return <span className={`tag ${TONES[status] ?? 'tag--neutral'}`}>{status}</span>;
}
