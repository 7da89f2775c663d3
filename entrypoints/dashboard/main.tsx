import { render } from 'preact';
import { Dashboard } from '~/components/Dashboard';
import { NormaDB } from '~/utils/db/database';

render(<Dashboard db={new NormaDB()} />, document.getElementById('app')!);
