/**
 * Why a page or feed could not be fetched, with the URL and (when there was an answer) the HTTP
 * status: the message is what the CLI prints and the API returns.
 */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    message: string,
    readonly status?: number,
    /** A problem with the address itself (scheme, private network): the user's input is wrong. */
    readonly badInput = false,
  ) {
    super(message);
    this.name = "FetchError";
  }
}
