import { render } from 'preact';
import { Welcome } from '../../components/Welcome';
import { DEFAULT_SITES } from '../../lib/sites/defaults';
import '../../components/styles.css';

render(<Welcome sites={DEFAULT_SITES.map((s) => s.label)} optionsUrl="options.html" />, document.getElementById('app')!);
