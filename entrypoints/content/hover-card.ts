/**
 * One hover card at a time. Opens after a short dwell on a name (so a mouse crossing the text
 * opens nothing), at once when a link holding a name gets keyboard focus, or when the reader
 * steps through the names with Alt+Shift+↓/↑. Closes on Esc, on leaving (with time to move
 * into the card), on blur and when the page goes away (the content script also closes it on
 * single-page navigation). All listeners end with `signal`.
 *
 * Only the reader's own input counts: events a page script made up (`isTrusted` false) are
 * ignored, so a page cannot open a card, step through the names or close one. The card's host is
 * a built-in <div> with a closed shadow root: a page cannot define it as its own element and
 * reach the root through attachInternals, nor attach a root to it first.
 */
import type { EntitySummary } from '../../lib/protocol';
import { OWN_ATTRIBUTE } from '../../lib/page/blocks';
import { MENTION_SELECTOR } from '../../lib/page/wrap';
import { DEFAULT_PREFS } from '../../lib/prefs';
import type { MentionRef } from './annotator';
import { styleShadow } from './shadow-styles';
import type { CardView } from '../card/card-view';

/** What marks the card's host (a <div>) in the page. */
export const CARD_ATTRIBUTE = 'data-footnote-card';
const GRACE_MS = 300;

export interface HoverCardOptions {
  summary: (entityId: string) => EntitySummary | undefined;
  /** What a wrapper of ours stands for (the page's DOM does not say). */
  mentionAt: (wrapper: Element) => MentionRef | undefined;
  today: string;
  dwellMs?: number;
  openRecord: (entityId: string) => void;
  /** The card's UI: loaded on the first hover or focus (entrypoints/content/parts.ts), not with the page. */
  loadView: () => Promise<CardView>;
  signal: AbortSignal;
}

export class HoverCards {
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  private trigger: Element | undefined;
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  private readonly view: Window & typeof globalThis;
  private cardView: CardView | undefined;
  private loadingView: Promise<CardView | undefined> | undefined;
  /** The last open asked for: a card whose UI arrives after another was asked for is not shown. */
  private wanted = 0;

  constructor(private readonly doc: Document, private readonly options: HoverCardOptions) {
    this.view = doc.defaultView as Window & typeof globalThis;
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      doc.addEventListener(type, ((e: DocumentEventMap[K]) => e.isTrusted && fn(e)) as EventListener, { capture: true, signal: options.signal });
    on('mouseover', (e) => this.onOver(e));
    on('mouseout', (e) => this.onOut(e));
    on('focusin', (e) => this.onFocus(e));
    on('focusout', (e) => this.onBlur(e));
    on('keydown', (e) => this.onKey(e));
    this.view.addEventListener('pagehide', () => this.close(), { signal: options.signal });
    this.view.addEventListener('resize', () => this.place(), { signal: options.signal });
    options.signal.addEventListener('abort', () => this.close());
  }

  get openFor(): string | undefined {
    return this.trigger ? this.options.mentionAt(this.trigger)?.entityId : undefined;
  }

  private mentionOf(target: EventTarget | null): Element | undefined {
    if (!(target instanceof this.view.Element)) return undefined;
    const wrapper = target.closest(MENTION_SELECTOR);
    return wrapper && this.options.mentionAt(wrapper) ? wrapper : undefined;
  }

  /** Two pieces of the same mention (a name split across elements). */
  private samePerson(a: Element | undefined, b: Element | undefined): boolean {
    const x = a && this.options.mentionAt(a);
    const y = b && this.options.mentionAt(b);
    return !!x && !!y && x.tie === y.tie;
  }

  /** Starts loading the card's UI as soon as the reader reaches a name, so it is there when the dwell ends. */
  private ensureView(): Promise<CardView | undefined> {
    if (this.cardView) return Promise.resolve(this.cardView);
    this.loadingView ??= this.options.loadView().then(
      (view) => (this.cardView = view),
      (error) => {
        console.error('Footnote: the card could not load', error);
        this.loadingView = undefined;
        return undefined;
      },
    );
    return this.loadingView;
  }

  private onOver(e: MouseEvent) {
    const mention = this.mentionOf(e.target);
    if (!mention) return;
    void this.ensureView();
    if (this.samePerson(mention, this.trigger)) {
      this.cancelClose();
      return;
    }
    this.view.clearTimeout(this.openTimer);
    this.openTimer = this.view.setTimeout(() => this.open(mention), this.options.dwellMs ?? DEFAULT_PREFS.hoverDelay);
  }

  private onOut(e: MouseEvent) {
    const from = this.mentionOf(e.target);
    if (!from) return;
    const to = e.relatedTarget as Node | null;
    if (to && (this.samePerson(this.mentionOf(to), from) || (this.host && this.host.contains(to)))) return;
    this.view.clearTimeout(this.openTimer);
    this.wanted++;
    if (this.samePerson(from, this.trigger)) this.scheduleClose();
  }

  private onFocus(e: FocusEvent) {
    const target = e.target as Element | null;
    if (!target || target === this.host) {
      this.cancelClose();
      return;
    }
    const mention = target.matches?.(MENTION_SELECTOR) ? target : target.querySelector?.(MENTION_SELECTOR);
    if (mention && this.options.mentionAt(mention)) this.open(mention, target);
  }

  private onBlur(e: FocusEvent) {
    const next = e.relatedTarget as Node | null;
    if (!this.trigger || (next && this.host?.contains(next)) || next === this.host) return;
    if ((e.target as Node) === this.host || this.focusTarget === e.target) this.scheduleClose(50);
  }

  private focusTarget: Element | undefined;

  private onKey(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.host) {
      const inCard = this.doc.activeElement === this.host;
      const back = this.focusTarget;
      this.close();
      if (inCard && back instanceof this.view.HTMLElement) back.focus();
      return;
    }
    if (e.altKey && e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      this.step(e.key === 'ArrowDown' ? 1 : -1);
    }
  }

  /** Moves keyboard focus to the next (or previous) name on the page; it opens its card. */
  step(direction: 1 | -1): void {
    const firsts: HTMLElement[] = [];
    const seen = new Set<number>();
    for (const el of this.doc.querySelectorAll<HTMLElement>(MENTION_SELECTOR)) {
      const tie = this.options.mentionAt(el)?.tie;
      if (tie !== undefined && !seen.has(tie)) {
        seen.add(tie);
        firsts.push(el);
      }
    }
    if (!firsts.length) return;
    const current = firsts.findIndex((el) => this.samePerson(el, this.trigger));
    const next = firsts[(current + direction + firsts.length) % firsts.length];
    // Focusable only while stepped to: the page's tab order stays as it was.
    next.setAttribute('tabindex', '-1');
    next.addEventListener('blur', () => next.removeAttribute('tabindex'), { once: true });
    next.focus();
  }

  open(mention: Element, focusTarget?: Element): void {
    this.view.clearTimeout(this.openTimer);
    this.cancelClose();
    const id = this.options.mentionAt(mention)?.entityId;
    const summary = id ? this.options.summary(id) : undefined;
    if (!summary) return;
    const asked = ++this.wanted;
    if (this.cardView) this.show(this.cardView, mention, summary, focusTarget);
    else void this.ensureView().then((view) => view && asked === this.wanted && !this.options.signal.aborted && this.show(view, mention, summary, focusTarget));
  }

  private show(cardView: CardView, mention: Element, summary: EntitySummary, focusTarget?: Element): void {
    this.close();
    this.trigger = mention;
    this.focusTarget = focusTarget;
    const host = this.doc.createElement('div');
    host.setAttribute(OWN_ATTRIBUTE, '');
    host.setAttribute(CARD_ATTRIBUTE, '');
    host.tabIndex = -1;
    const shadow = host.attachShadow({ mode: 'closed' });
    const css = cardView.css;
    styleShadow(shadow, () => {
      const sheet = new this.view.CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    }, css);
    host.addEventListener('mouseenter', (e) => e.isTrusted && this.cancelClose());
    host.addEventListener('mouseleave', (e) => e.isTrusted && this.scheduleClose());
    host.addEventListener('focusout', (e) => {
      if (!e.isTrusted) return;
      const next = (e as FocusEvent).relatedTarget as Node | null;
      if (!next || (!host.contains(next) && next !== this.focusTarget)) this.scheduleClose(50);
    });
    cardView.show(shadow, { summary, today: this.options.today, onFullRecord: () => this.options.openRecord(summary.id), onClose: () => this.close() });
    // Outside <body>: the card never enters the page's text, selection or layout flow.
    this.doc.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    const card = shadow.querySelector('.card');
    card?.setAttribute('data-theme', pageIsDark(this.doc) ? 'dark' : 'light');
    this.place();
  }

  close(): void {
    this.wanted++;
    this.view.clearTimeout(this.openTimer);
    this.cancelClose();
    if (this.shadow) this.cardView?.clear(this.shadow);
    this.host?.remove();
    this.host = undefined;
    this.shadow = undefined;
    this.trigger = undefined;
  }

  /** Below the name, or above it when there is no room; always inside the viewport. */
  private place(): void {
    if (!this.host || !this.trigger) return;
    // The text's own box: a wrapper in a flex container has none of its own (display: contents).
    const range = this.doc.createRange();
    range.selectNodeContents(this.trigger);
    const r = range.getBoundingClientRect();
    const width = this.host.offsetWidth;
    const height = this.host.offsetHeight;
    const vw = this.doc.documentElement.clientWidth;
    const vh = this.view.innerHeight;
    let top = r.bottom + 6;
    if (top + height > vh && r.top - height - 6 >= 0) top = r.top - height - 6;
    top = Math.max(4, Math.min(top, vh - height - 4));
    const left = Math.max(8, Math.min(r.left, vw - width - 8));
    this.host.style.setProperty('--footnote-top', `${top + this.view.scrollY}px`);
    this.host.style.setProperty('--footnote-left', `${left + this.view.scrollX}px`);
  }

  private scheduleClose(ms = GRACE_MS) {
    this.cancelClose();
    this.closeTimer = this.view.setTimeout(() => this.close(), ms);
  }

  private cancelClose() {
    this.view.clearTimeout(this.closeTimer);
  }
}

/** The page's own background decides the card's theme; a transparent page follows the reader's preference. */
function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView!;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(view.getComputedStyle(el).backgroundColor);
    if (m && (m[4] === undefined || Number(m[4]) > 0.5)) {
      const [r, g, b] = [m[1], m[2], m[3]].map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
    }
  }
  return view.matchMedia('(prefers-color-scheme: dark)').matches;
}
