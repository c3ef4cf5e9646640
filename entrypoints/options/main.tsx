import { render } from 'preact';
import { Options } from '../../components/Options';
import { ask } from '../../components/ask';
import { isoDay } from '../../lib/dataset/dates';
import '../../components/styles.css';

render(<Options api={{ status: () => ask('status') }} today={isoDay(new Date())} />, document.getElementById('app')!);
