import { render } from 'preact';

render(<main>Coverage Lens</main>, document.getElementById('app')!);
