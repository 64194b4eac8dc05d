import { useAppStore } from '../../store/store';

/**
 * The first stop for the Tab key, shown only when focused: jumps past the toolbar and the
 * filters to the map's first node. A button, not a `#map` link: the address bar's hash belongs
 * to share links.
 */
export function SkipToMap() {
  const setView = useAppStore((s) => s.setView);
  const jump = () => {
    setView('map');
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>('.react-flow__node[tabindex="0"]')?.focus(),
    );
  };
  return (
    <button type="button" className="skip-link" onClick={jump}>
      Skip to the map
    </button>
  );
}
