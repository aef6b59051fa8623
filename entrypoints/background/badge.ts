/**
 * The toolbar badge: the number of attributed statements in the article (statements inside appeals
 * are not the article's, so they are not counted), with a matching accessible title.
 */
import { browser } from 'wxt/browser';
import type { TabState } from '../../lib/protocol';
import { t } from '../../components/strings';

/** Badge text, colour and tooltip for a state. Pure, for tests. */
export function badgeFor(state: TabState | undefined): { text: string; color: string; title: string } {
  const base = t('extName');
  switch (state?.status) {
    case 'done': {
      const n = state.analysis.statements.filter((s) => !s.inAppeal).length;
      return { text: String(n), color: '#1d4ed8', title: t(n === 1 ? 'badgeDoneOne' : 'badgeDoneMany', n) };
    }
    case 'analysing':
      return { text: '…', color: '#6b7280', title: t('badgeAnalysing') };
    case 'error':
      return { text: '!', color: '#b91c1c', title: t('badgeError') };
    case 'not-article':
      return { text: '', color: '#6b7280', title: t('badgeNotArticle') };
    default:
      return { text: '', color: '#6b7280', title: base };
  }
}

/** Applies the badge for a tab. MV2 Firefox has `browserAction` only, MV3 has `action`. */
export async function showBadge(tabId: number, state: TabState | undefined): Promise<void> {
  const action = browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
  if (!action) return;
  const b = badgeFor(state);
  try {
    await Promise.all([
      action.setBadgeText({ tabId, text: b.text }),
      action.setBadgeBackgroundColor({ tabId, color: b.color }),
      action.setTitle({ tabId, title: b.title }),
    ]);
  } catch {
    // The tab closed meanwhile.
  }
}
