import { CATEGORY_IDS, type CategoryId } from '../schema/category.ts';
import type { ActorRecord, PlaceRecord } from '../model/records.ts';
import { didYouMean } from './did-you-mean.ts';

/**
 * Looks up actors (by id, name or alias, case-insensitively) and places for the other content.
 * An editor may write "EIGS" or "ISGS": both resolve to the same actor.
 */
export class Registry {
  readonly actors = new Map<string, ActorRecord>();
  readonly places = new Map<string, PlaceRecord>();
  private readonly actorKeys = new Map<string, string>();

  addActor(actor: ActorRecord): string | null {
    this.actors.set(actor.id, actor);
    for (const key of [actor.id, actor.name, ...actor.aliases]) {
      const k = key.toLowerCase();
      const owner = this.actorKeys.get(k);
      if (owner && owner !== actor.id) return `"${key}" already names the actor "${owner}"`;
      this.actorKeys.set(k, actor.id);
    }
    return null;
  }

  addPlace(place: PlaceRecord): void {
    this.places.set(place.id, place);
  }

  actorId(nameOrAlias: string): string | null {
    return this.actorKeys.get(nameOrAlias.toLowerCase()) ?? null;
  }

  actorHint(input: string): string {
    return (
      didYouMean(input, this.actorKeys.keys()) ??
      `known actors: ${[...this.actors.keys()].sort().join(', ')}. If your source says "${input}" is part of or another name for one of them, add it to that actor's aliases in content/actors/<id>.md; otherwise add a new actor there`
    );
  }

  placeHint(input: string): string {
    return (
      didYouMean(input, this.places.keys()) ??
      `add the place to content/places/${input}.md, or use a known one: ${[...this.places.keys()].sort().slice(0, 12).join(', ')}…`
    );
  }

  /** A figure's perpetrator: `all`, a category id, or an actor. */
  perpetrator(input: string): { id: string | null; category: CategoryId | 'all' } | null {
    if (input === 'all') return { id: 'all', category: 'all' };
    if ((CATEGORY_IDS as readonly string[]).includes(input)) return { id: null, category: input as CategoryId };
    const actor = this.actorId(input);
    if (!actor) return null;
    return { id: actor, category: this.actors.get(actor)!.category };
  }

  perpetratorHint(input: string): string {
    return (
      didYouMean(input, ['all', ...CATEGORY_IDS, ...this.actorKeys.keys()]) ??
      `write "all", a category (${CATEGORY_IDS.join(', ')}) or an actor id`
    );
  }
}
