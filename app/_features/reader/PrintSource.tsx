"use client";

import { useEffect, useState } from "react";

/**
 * Printed at the end of an article only (print stylesheet): where the text comes from and the
 * page's address. The server knows only the path; the full address is filled in after load, in a
 * line that is not displayed on screen, so nothing moves.
 */
export function PrintSource({ path, source }: { path: string; source: string }) {
  const [address, setAddress] = useState(path);
  useEffect(() => setAddress(new URL(path, window.location.href).href), [path]);
  return (
    <p className="print-only meta mt-6" data-print-source>
      Source: {source}. Read online with sentence links: {address}
    </p>
  );
}
