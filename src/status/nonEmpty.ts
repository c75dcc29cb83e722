/** The list as a non-empty tuple type, or undefined when it is empty (decisions never carry empty reason lists). */
export function nonEmpty<T>(items: readonly T[]): readonly [T, ...T[]] | undefined {
  return items.length > 0 ? (items as readonly [T, ...T[]]) : undefined;
}
