import { render } from 'preact';

render(<main>Coverage Lens options</main>, document.getElementById('app')!);
