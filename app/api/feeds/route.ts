import { handleFeedPost, handleFeedsGet } from "@/lib/feeds/feeds-endpoints";

export const dynamic = "force-dynamic";

/** GET /api/feeds (admin): the followed feeds. */
export const GET = (request: Request) => handleFeedsGet(request);

/** POST /api/feeds (admin) {url, name?}: follow a feed. */
export const POST = (request: Request) => handleFeedPost(request);
