/** A 1 MB transfer-deadline live blog built at run time from the real gossip items of ../shared/corpus (never committed). */
import { existsSync, readFileSync } from 'node:fs';
import { at } from '../lib/indexing';

const CORPUS = '../shared/corpus';

export /** The gossip items as a live blog: one post per item, newest first, about `bytes` of HTML. */
function liveBlog(bytes: number): string | undefined {
  const file = `${CORPUS}/data/bbc-gossip-2021/gossip_items.csv`;
  if (!existsSync(file)) return undefined;
  const rows = readFileSync(file, 'utf8').split('\n').slice(1);
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const posts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const m = /^(\d+),([^,]+),"((?:[^"]|"")*)",([^,]*),/.exec(at(rows, i % rows.length));
    if (!m) continue;
    const post = `<article class="post"><header><time>${escape(at(m, 2))}</time></header><p>${escape(at(m, 3).replace(/""/g, '"'))}</p><footer>via <a href="#s${i}">${escape(at(m, 4))}</a></footer></article>\n`;
    posts.push(post);
    size += post.length;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>Transfer deadline day live</title>
<style>body{font:17px/1.5 Georgia,serif;max-width:44em;margin:0 auto;padding:1em}.post{border-top:1px solid #ddd;padding:.5em 0}time{color:#666;font:13px system-ui}</style>
</head><body><main><h1>Transfer deadline day: live</h1>${posts.join('')}</main></body></html>`;
}
