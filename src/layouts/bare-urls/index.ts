import type { CardEvent } from '../cards/events.js';
export function readBareUrls(_input: string, _emit: (event: CardEvent) => void): void {}
