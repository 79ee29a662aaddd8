// The otpauth:// URI as a QR code for the authenticator app to scan. The
// qrcode library loads only here (its own chunk), and the code is drawn as an
// SVG data URL image in the page (no canvas needed): no request carries the
// seed anywhere.
import { useEffect, useState } from "react";
import styles from "./account.module.css";

export function QrCode({ value }: { value: string }) {
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    void import("qrcode").then(async (qr) => {
      const svg = await qr.toString(value, { type: "svg", margin: 1, width: 184, errorCorrectionLevel: "M" });
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [value]);
  return src ? <img className={styles.qr} src={src} alt="QR code to scan with your authenticator app" /> : <div className={styles.qr} aria-hidden="true" />;
}
