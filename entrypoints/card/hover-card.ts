/**
 * One hover card at a time, a non-modal dialog about one name.
 *
 * Opens after a short dwell on a name or on its badge (a mouse crossing the text opens nothing),
 * at once when a link holding a name or a badge gets keyboard focus, when the reader steps
 * through the names with Alt+Shift+↓/↑, and on a tap (touch screens: a second tap on the name,
 * or a tap anywhere else, closes it). From the name or badge that has focus, Tab moves into the
 * card (Full record, Close, "Don't show on this site"); Shift+Tab from its first button goes back;
 * Tab past its last button, or Esc anywhere, closes it and gives focus back to the name.
 * WCAG 1.4.13: dismissible (Esc, without moving the pointer), hoverable (the pointer may move
 * from the name onto its badge and into the card), persistent (it stays until the pointer or
 * focus leaves, or the reader closes it). All listeners end with `signal`.
 *
 * Placement (lib/page/placement.ts) never covers the name: below or above the line box under
 * the pointer (a name broken across lines has one per line), beside it, or a sheet across the
 * viewport in the free band; colours follow the page's background where the name is.
 *
 * Only the reader's own input counts: events a page script made up (`isTrusted` false) are
 * ignored, so a page cannot open a card, step through the names or close one. The card's host is
 * a built-in <div> with a closed shadow root: a page cannot define it as its own element and
 * reach the root through attachInternals, nor attach a root to it first.
 *
 * Part of the card part (entrypoints/card/), loaded with its UI when the reader first reaches a
 * name (entrypoints/content/card-trigger.ts hands over the events that came while it loaded).
 */
import type { EntitySummary } from '../../lib/protocol';
import { OWN_ATTRIBUTE } from '../../lib/page/blocks';
import { MENTION_SELECTOR } from '../../lib/page/wrap';
import { lineUnder, placeCard, type Rect } from '../../lib/page/placement';
import { schemeAt } from '../../lib/page/scheme';
import { DEFAULT_PREFS } from '../../lib/prefs';
import type { MentionRef } from '../content/annotator';
import { BADGE_SELECTOR } from '../write/badges';
import { ownPiece } from '../content/own-piece';
import { shadowMode, styleShadow } from '../content/shadow-styles';
import { at } from '../../lib/indexing';
import type { CardView } from './card-view';

/** What marks the card's host (a <div>) in the page. */
export const CARD_ATTRIBUTE = 'data-footnote-card';
const GRACE_MS = 300;
/** Mouse events a browser makes up after a touch (compatibility events) arrive within this. */
const TOUCH_ECHO_MS = 800;
const FOCUSABLE = 'button, [href], [tabindex]:not([tabindex="-1"])';

export interface HoverCardOptions {
  summary: (entityId: string) => EntitySummary | undefined;
  /** What a wrapper (or a badge) of ours stands for (the page's DOM does not say). */
  mentionAt: (element: Element) => MentionRef | undefined;
  today: string;
  dwellMs?: number;
  openRecord: (entityId: string) => void;
  /** The card's UI: loaded on the first hover or focus (entrypoints/content/parts.ts), not with the page. */
  loadView: () => Promise<CardView>;
  /** The reader's corrections (lib/corrections.ts); without them the card offers none. */
  correct?: (kind: 'not-this' | 'mute', mention: MentionRef, summary: EntitySummary) => void;
  /** "Don't show on this site", confirmed in the card: switches the site off (the popup's switch, from here). */
  siteOff?: () => void;
  /** The site's name, as the confirmation says it. */
  site?: string;
  signal: AbortSignal;
}

interface Point {
  x: number;
  y: number;
}

export class HoverCards {
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
  /** The name or badge the card is about. */
  private trigger: Element | undefined;
  /** What had keyboard focus when the card opened: where Esc gives it back. */
  private focusTarget: Element | undefined;
  private pointer: Point | undefined;
  private openTimer: number | undefined;
  private closeTimer: number | undefined;
  private lastTouch = -Infinity;
  /** Set while Footnote itself moves focus back to the name: that focus opens nothing. */
  private returningFocus = false;
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
    on('pointerup', (e) => this.onPointerUp(e));
    on('focusin', (e) => this.onFocus(e));
    on('focusout', (e) => this.onBlur(e));
    on('keydown', (e) => this.onKey(e));
    this.view.addEventListener('pagehide', () => this.close(), { signal: options.signal });
    this.view.addEventListener('resize', () => this.place(), { signal: options.signal });
    options.signal.addEventListener('abort', () => this.close());
  }

  /** An event that came before this controller was listening (card-trigger.ts replays them, in order). */
  handle(e: Event): void {
    if (!e.isTrusted) return;
    if (e.type === 'mouseover') this.onOver(e as MouseEvent);
    else if (e.type === 'mouseout') this.onOut(e as MouseEvent);
    else if (e.type === 'pointerup') this.onPointerUp(e as PointerEvent);
    else if (e.type === 'focusin') this.onFocus(e as FocusEvent);
    else if (e.type === 'focusout') this.onBlur(e as FocusEvent);
    else if (e.type === 'keydown') this.onKey(e as KeyboardEvent);
  }

  get openFor(): string | undefined {
    return this.trigger ? this.options.mentionAt(this.trigger)?.entityId : undefined;
  }

  /** The name (wrapper) or badge of ours an event happened on. */
  private mentionOf(target: EventTarget | null): Element | undefined {
    return target instanceof this.view.Element ? ownPiece(target, this.options.mentionAt) : undefined;
  }

  /** Two pieces of the same mention (a name split across elements, or a name and its badge). */
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

  private touchedRecently(): boolean {
    return performance.now() - this.lastTouch < TOUCH_ECHO_MS;
  }

  private onOver(e: MouseEvent) {
    if (this.touchedRecently()) return;
    const mention = this.mentionOf(e.target);
    if (!mention) return;
    void this.ensureView();
    if (this.samePerson(mention, this.trigger)) {
      this.cancelClose();
      return;
    }
    const pointer = { x: e.clientX, y: e.clientY };
    this.view.clearTimeout(this.openTimer);
    this.openTimer = this.view.setTimeout(() => this.open(mention, undefined, pointer), this.options.dwellMs ?? DEFAULT_PREFS.hoverDelay);
  }

  private onOut(e: MouseEvent) {
    if (this.touchedRecently()) return;
    const from = this.mentionOf(e.target);
    if (!from) return;
    const to = e.relatedTarget as Node | null;
    if (to && (this.samePerson(this.mentionOf(to), from) || (this.host && this.host.contains(to)))) return;
    this.view.clearTimeout(this.openTimer);
    this.wanted++;
    if (this.samePerson(from, this.trigger) && !this.focusInCard()) this.scheduleClose();
  }

  /** Touch: a tap on a name opens its card, a second tap on it or a tap elsewhere closes it. Mice keep the hover rules. */
  private onPointerUp(e: PointerEvent) {
    if (e.pointerType !== 'touch') return;
    this.lastTouch = performance.now();
    this.view.clearTimeout(this.openTimer);
    const target = e.target as Node | null;
    if (this.host && target && (target === this.host || this.host.contains(target))) return;
    const mention = this.mentionOf(e.target);
    if (mention && this.host && this.samePerson(mention, this.trigger)) this.close();
    else if (mention) this.open(mention, undefined, { x: e.clientX, y: e.clientY });
    else this.close();
  }

  private onFocus(e: FocusEvent) {
    const target = e.target as Element | null;
    if (!target || target === this.host) {
      this.cancelClose();
      return;
    }
    if (this.returningFocus) return;
    const mention = this.mentionOf(target) ?? target.querySelector?.(MENTION_SELECTOR) ?? undefined;
    if (!mention || !this.options.mentionAt(mention)) return;
    if (this.host && this.samePerson(mention, this.trigger)) {
      this.focusTarget = target;
      this.cancelClose();
      return;
    }
    this.open(mention, target);
  }

  private onBlur(e: FocusEvent) {
    const next = e.relatedTarget as Node | null;
    if (!this.trigger || (next && this.host?.contains(next)) || next === this.host) return;
    if ((e.target as Node) === this.host || this.focusTarget === e.target) this.closeUnlessFocused();
  }

  /**
   * Focus left the name or the card: close, unless by then focus is back inside (a button the
   * card replaced, such as "Don't show on this site" by its confirmation, loses focus to nothing first).
   */
  private closeUnlessFocused() {
    this.cancelClose();
    this.closeTimer = this.view.setTimeout(() => {
      const active = this.doc.activeElement;
      if (this.focusInCard() || (this.focusTarget && active === this.focusTarget)) return;
      this.close();
    }, 50);
  }

  private focusInCard(): boolean {
    return !!this.host && this.doc.activeElement === this.host;
  }

  private onKey(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.host) {
      const inCard = this.focusInCard();
      const back = this.focusTarget;
      this.close();
      if (inCard) this.giveFocusBack(back);
      return;
    }
    if (e.key === 'Tab' && this.host && this.shadow && !e.altKey && !e.ctrlKey && !e.metaKey) {
      this.onTab(e, this.shadow);
      return;
    }
    if (e.altKey && e.shiftKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
      e.preventDefault();
      this.step(e.key === 'ArrowDown' ? 1 : -1);
    }
  }

  /** The non-modal dialog's Tab order: name → card's buttons → back to the name, closed. */
  private onTab(e: KeyboardEvent, shadow: ShadowRoot) {
    const stops = [...shadow.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = stops[0];
    const last = stops[stops.length - 1];
    if (!first || !last) return;
    if (!this.focusInCard()) {
      // From the name (or badge) that opened the card, Tab enters it.
      if (!e.shiftKey && this.focusTarget && this.doc.activeElement === this.focusTarget) {
        e.preventDefault();
        first.focus();
      }
      return;
    }
    const current = shadow.activeElement;
    if (e.shiftKey && current === first) {
      e.preventDefault();
      this.giveFocusBack(this.focusTarget);
    } else if (!e.shiftKey && current === last) {
      e.preventDefault();
      const back = this.focusTarget;
      this.close();
      this.giveFocusBack(back);
    }
  }

  private giveFocusBack(to: Element | undefined) {
    if (!(to instanceof this.view.HTMLElement)) return;
    // A name stepped to (Alt+Shift+↓) gave its tabindex back when focus went into the card: again while it has focus.
    if (to.matches(MENTION_SELECTOR) && !to.hasAttribute('tabindex')) {
      to.setAttribute('tabindex', '-1');
      to.addEventListener('blur', () => to.removeAttribute('tabindex'), { once: true });
    }
    this.returningFocus = true;
    try {
      to.focus();
    } finally {
      this.returningFocus = false;
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
    const next = at(firsts, (current + direction + firsts.length) % firsts.length, 'names on the page');
    // Focusable only while stepped to: the page's tab order stays as it was.
    next.setAttribute('tabindex', '-1');
    next.addEventListener('blur', () => next.removeAttribute('tabindex'), { once: true });
    next.focus();
  }

  open(mention: Element, focusTarget?: Element, pointer?: Point): void {
    this.view.clearTimeout(this.openTimer);
    this.cancelClose();
    const ref = this.options.mentionAt(mention);
    const summary = ref ? this.options.summary(ref.entityId) : undefined;
    if (!ref || !summary) return;
    const asked = ++this.wanted;
    if (this.cardView) this.show(this.cardView, mention, ref, summary, focusTarget, pointer);
    else void this.ensureView().then((view) => view && asked === this.wanted && !this.options.signal.aborted && this.show(view, mention, ref, summary, focusTarget, pointer));
  }

  private show(cardView: CardView, mention: Element, ref: MentionRef, summary: EntitySummary, focusTarget?: Element, pointer?: Point): void {
    this.close();
    this.trigger = mention;
    this.focusTarget = focusTarget;
    this.pointer = pointer;
    const host = this.doc.createElement('div');
    host.setAttribute(OWN_ATTRIBUTE, '');
    host.setAttribute(CARD_ATTRIBUTE, '');
    host.tabIndex = -1;
    const shadow = host.attachShadow({ mode: shadowMode(this.doc) });
    const css = cardView.css;
    styleShadow(shadow, () => {
      const sheet = new this.view.CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    }, css);
    host.addEventListener('mouseenter', (e) => e.isTrusted && this.cancelClose());
    host.addEventListener('mouseleave', (e) => e.isTrusted && !this.touchedRecently() && !this.focusInCard() && this.scheduleClose());
    host.addEventListener('focusout', (e) => {
      if (!e.isTrusted) return;
      const next = (e as FocusEvent).relatedTarget as Node | null;
      if (!next || (!host.contains(next) && next !== this.focusTarget)) this.closeUnlessFocused();
    });
    const correct = this.options.correct;
    const siteOff = this.options.siteOff;
    cardView.show(shadow, {
      summary,
      today: this.options.today,
      onFullRecord: () => this.options.openRecord(summary.id),
      onClose: () => {
        const back = this.focusInCard() ? this.focusTarget : undefined;
        this.close();
        this.giveFocusBack(back);
      },
      onSiteOff: siteOff && (() => {
        this.close();
        siteOff();
      }),
      site: this.options.site,
      ...(correct ? { onCorrect: (kind: 'not-this' | 'mute') => { this.close(); correct(kind, ref, summary); }, mentionText: ref.text } : {}),
    });
    // Outside <body>: the card never enters the page's text, selection or layout flow.
    this.doc.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
    const name = this.wrapperOf(mention);
    shadow.querySelector('.card')?.setAttribute('data-theme', schemeAt(name?.parentElement ?? mention));
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

  /** The name's wrapper for a trigger: itself, or for a badge the name it follows. */
  private wrapperOf(el: Element): Element | undefined {
    for (let at: Element | null = el; at; at = at.previousElementSibling) {
      if (at.matches(MENTION_SELECTOR) && this.samePerson(at, el)) return at;
    }
    return undefined;
  }

  /** The boxes of every line the name (all its pieces) sits on, and of the badge that opened the card. */
  private anchorRects(trigger: Element): Rect[] {
    const rects: Rect[] = [];
    const range = this.doc.createRange();
    const key = this.wrapperOf(trigger)?.getAttribute('data-footnote-key');
    const pieces = key ? [...this.doc.querySelectorAll(`[data-footnote-key="${CSS.escape(key)}"]`)].filter((p) => this.samePerson(p, trigger)) : [];
    for (const piece of pieces) {
      // The text's own boxes: a wrapper in a flex container has none of its own (display: contents).
      range.selectNodeContents(piece);
      rects.push(...range.getClientRects());
    }
    if (trigger.matches(BADGE_SELECTOR)) rects.push(...trigger.getClientRects());
    return rects;
  }

  private place(): void {
    const host = this.host;
    if (!host || !this.trigger) return;
    const rects = this.anchorRects(this.trigger);
    // Opened from a badge by the keyboard: the badge is where the reader is.
    const badge = !this.pointer && this.trigger.matches(BADGE_SELECTOR) ? this.trigger.getBoundingClientRect() : undefined;
    const pointer = this.pointer ?? (badge ? { x: badge.left + badge.width / 2, y: badge.top + badge.height / 2 } : undefined);
    const anchor = lineUnder(rects, pointer) ?? this.trigger.getBoundingClientRect();
    const view = { width: this.doc.documentElement.clientWidth, height: this.view.innerHeight };
    host.removeAttribute('data-sheet');
    host.style.removeProperty('--footnote-width');
    host.style.removeProperty('--footnote-max-height');
    let placement = placeCard(anchor, { width: host.offsetWidth, height: host.offsetHeight }, view);
    if (placement.width !== undefined) {
      // A sheet is wider: measured again at its width, it may fit below or above after all.
      host.setAttribute('data-sheet', '');
      host.style.setProperty('--footnote-width', `${placement.width}px`);
      placement = placeCard(anchor, { width: host.offsetWidth, height: host.offsetHeight }, view);
      if (placement.maxHeight !== undefined) host.style.setProperty('--footnote-max-height', `${placement.maxHeight}px`);
    }
    host.style.setProperty('--footnote-top', `${placement.top + this.view.scrollY}px`);
    host.style.setProperty('--footnote-left', `${placement.left + this.view.scrollX}px`);
  }

  private scheduleClose(ms = GRACE_MS) {
    this.cancelClose();
    this.closeTimer = this.view.setTimeout(() => this.close(), ms);
  }

  private cancelClose() {
    this.view.clearTimeout(this.closeTimer);
  }
}
