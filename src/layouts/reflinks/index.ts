import type { CardEvent } from '../cards/events.js';
export function readReflinks(_input: string, _emit: (event: CardEvent) => void): void {}
