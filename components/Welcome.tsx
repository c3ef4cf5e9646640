import { LEARNING_SENTENCE } from './LearnedView';

/** The first-run page: what Footnote does, that nothing leaves the browser, where it runs. */
export function Welcome({ sites, optionsUrl }: { sites: string[]; optionsUrl: string }) {
  return (
    <main class="options welcome">
      <h1>Footnote is ready</h1>
      <p>
        While you read football news, Footnote marks the players and clubs on the page. A small badge beside a
        player says when his contract ends; another counts the transfer rumours about him. Hover a name for a card,
        or open the toolbar button for everything on the page.
      </p>
      <p>
        <strong>Nothing you read leaves your browser.</strong> The player data is stored here, and Footnote makes no
        network requests unless you set a dataset update address yourself.
      </p>
      <p>{LEARNING_SENTENCE} You can see, export or forget it in the options.</p>
      <h2>Where it runs</h2>
      <p>These football news sites, and any other you switch on from the toolbar button:</p>
      <ul class="site-list">
        {sites.map((s) => <li key={s}>{s}</li>)}
      </ul>
      <p><a href={optionsUrl}>Change the sites and badges in the options</a>.</p>
    </main>
  );
}
