import { useAppStore } from '../../store/store';
import { downloadCurrentMap, LONG_LINK } from './share-controls';
import './share.css';

/**
 * Everything the app has to tell: failures (`role="alert"`, naming what failed), a shared map
 * shown beside the user's saved documents, and links too long for chat tools.
 */
export function Notices() {
  const alerts = useAppStore((s) => s.alerts);
  const dismissAlert = useAppStore((s) => s.dismissAlert);
  const error = useAppStore((s) => s.error);
  const sharedMap = useAppStore((s) => s.sharedMap);
  const returnToSaved = useAppStore((s) => s.returnToSavedWorkspace);
  const keepSharedMap = useAppStore((s) => s.keepSharedMap);
  const linkLength = useAppStore((s) => s.shareLink?.length ?? 0);
  const shareBlocked = useAppStore((s) => s.shareBlocked);

  return (
    <div className="notices">
      {error ? (
        <div role="alert" className="notice notice-error">
          {error}
        </div>
      ) : null}
      {alerts.map((a) => (
        <div
          key={a.id}
          role={a.tone === 'error' ? 'alert' : 'status'}
          className={`notice ${a.tone === 'error' ? 'notice-error' : 'notice-info'}`}
        >
          <span>{a.message}</span>
          <button type="button" className="notice-action" onClick={() => dismissAlert(a.id)}>
            Dismiss
          </button>
        </div>
      ))}
      {sharedMap ? (
        <section className="notice notice-info" aria-label="Shared map">
          <span>
            You are looking at a map from a link. Your own{' '}
            {sharedMap.savedDocumentCount === 1
              ? 'document is'
              : `${sharedMap.savedDocumentCount} documents are`}{' '}
            saved in this browser and unchanged; nothing here is saved until you keep it.
          </span>
          <button type="button" className="notice-action" onClick={() => void returnToSaved()}>
            Back to my documents
          </button>
          <button type="button" className="notice-action" onClick={keepSharedMap}>
            Keep this map instead of mine
          </button>
        </section>
      ) : null}
      {shareBlocked ? (
        <section className="notice notice-info" aria-label="Sharing">
          <span>{shareBlocked}</span>
          <button type="button" className="notice-action" onClick={downloadCurrentMap}>
            Download map file
          </button>
        </section>
      ) : linkLength > LONG_LINK ? (
        <section className="notice notice-info" aria-label="Sharing">
          <span>
            This link is {linkLength.toLocaleString('en')} characters long; some chat tools and mail
            clients cut links that long. The map file holds the same view.
          </span>
          <button type="button" className="notice-action" onClick={downloadCurrentMap}>
            Download map file
          </button>
        </section>
      ) : null}
    </div>
  );
}
