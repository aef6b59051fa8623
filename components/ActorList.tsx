/**
 * "Actors": the people, organisations and places of the story in salience order, with what each said.
 */
import type { ActorView } from './view-model';
import type { ScrollHandler } from './StatementsBySource';
import { SCROLL_HINT_ID } from './ScrollHint';
import { ACTOR_TYPE_LABELS, STRINGS } from './strings';

/** How many actors are listed before the rest are folded away. */
export const TOP_ACTORS = 5;

/** One actor: name, type, role, and a count plus the first of their statements. */
export function ActorItem({ actor, onScrollTo }: { actor: ActorView; onScrollTo: ScrollHandler }) {
  const first = actor.firstStatement;
  return (
    <li class="actor">
      <p class="actor-line">
        <span class="actor-name">{actor.name}</span>
        <span class="badge badge-type">{ACTOR_TYPE_LABELS[actor.type] ?? actor.type}</span>
        {actor.government && <span class="badge badge-government">{STRINGS.government}</span>}
      </p>
      {actor.role && <p class="actor-role muted">{actor.role}</p>}
      {first ? (
        <p class="actor-said">
          <span class="small">{STRINGS.saidCount(actor.statementCount)}. </span>
          <button
            type="button"
            class="link-button"
            aria-describedby={SCROLL_HINT_ID}
            onClick={() => onScrollTo(first.start, first.end)}
          >
            <span class="visually-hidden">{STRINGS.firstStatement} </span>
            {first.snippet}
          </button>
        </p>
      ) : (
        <p class="actor-said muted small">{STRINGS.saidNothing}</p>
      )}
    </li>
  );
}

/**
 * The actors section. The first {@link TOP_ACTORS} are listed; the rest sit in a native disclosure
 * (keyboard- and screen-reader-friendly without extra code).
 */
export function ActorList({ actors, onScrollTo }: { actors: ActorView[]; onScrollTo: ScrollHandler }) {
  if (actors.length === 0) return null;
  const top = actors.slice(0, TOP_ACTORS);
  const rest = actors.slice(TOP_ACTORS);
  return (
    <section class="section" aria-labelledby="actors-heading">
      <h2 id="actors-heading">{STRINGS.actorsHeading}</h2>
      <ul class="actor-list">
        {top.map((a) => (
          <ActorItem key={a.id} actor={a} onScrollTo={onScrollTo} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details class="more">
          <summary>{STRINGS.moreActors(rest.length)}</summary>
          <ul class="actor-list">
            {rest.map((a) => (
              <ActorItem key={a.id} actor={a} onScrollTo={onScrollTo} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
