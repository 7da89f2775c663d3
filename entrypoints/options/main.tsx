import { render } from 'preact';
import { Settings } from '~/components/Settings';

render(<Settings />, document.getElementById('app')!);
