import { useState } from 'react';

/** The city's logo, or its name set as a wordmark when there is no logo or it fails to load. */
export function CityBrand({ name, logoUrl }: { name: string; logoUrl: string | null }) {
  const [broken, setBroken] = useState(false);
  if (logoUrl && !broken) {
    return <img className="city-brand__logo" src={logoUrl} alt={name} onError={() => setBroken(true)} />;
  }
  return <span className="city-brand__wordmark">{name}</span>;
}
