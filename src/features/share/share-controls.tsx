import { useEffect, useRef, useState } from 'react';
import { savedCorpusOf, sharedViewOf } from '../../store/share-bridge';
import { useAppStore } from '../../store/store';
import { downloadMapFile } from './download-map-file';
import './share.css';

/** Links longer than this may be cut by chat tools and mail clients. */
export const LONG_LINK = 16_000;

export const downloadCurrentMap = () => {
  const s = useAppStore.getState();
  downloadMapFile({ corpus: savedCorpusOf(s.files), view: sharedViewOf(s) });
};

/** Toolbar: "Copy link", with a visible confirmation (or the link to copy by hand). */
export function ShareControls() {
  const shareLink = useAppStore((s) => s.shareLink);
  const [copied, setCopied] = useState<'copied' | 'manual' | null>(null);
  const manualRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (copied !== 'copied') return;
    const timer = setTimeout(() => setCopied(null), 4000);
    return () => clearTimeout(timer);
  }, [copied]);

  useEffect(() => {
    if (copied === 'manual') manualRef.current?.select();
  }, [copied]);

  const copy = async () => {
    if (!shareLink) return;
    try {
      await navigator.clipboard.writeText(shareLink);
      setCopied('copied');
    } catch {
      setCopied('manual');
    }
  };

  return (
    <div className="share-controls">
      <button type="button" className="share-button" onClick={copy} disabled={!shareLink}>
        Copy link
      </button>
      <span role="status" className="share-status">
        {copied === 'copied' ? 'Link copied' : ''}
      </span>
      {copied === 'manual' && shareLink ? (
        <span className="share-manual">
          <label>
            Copy this link (Ctrl+C)
            <input ref={manualRef} readOnly value={shareLink} onBlur={() => setCopied(null)} />
          </label>
        </span>
      ) : null}
    </div>
  );
}
