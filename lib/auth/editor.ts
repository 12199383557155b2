/** Who a revision is recorded for: the name shown publicly and, for an account, its id. */
export interface Editor {
  displayName: string;
  userId: number | null;
}
