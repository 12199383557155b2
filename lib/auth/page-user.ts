import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { Role } from "./account-fields";
import { SESSION_COOKIE } from "./cookies";
import { userFromCookie } from "./require-admin";
import type { SignedInUser } from "./sessions";

/** For server components: the signed-in account of this request, or null. */
export async function currentUser(): Promise<SignedInUser | null> {
  return userFromCookie((await cookies()).get(SESSION_COOKIE)?.value);
}

/**
 * The signed-in account, or off to the sign-in page, which brings them back to `here`. An
 * account with too small a role is sent to the review page, which every account may see.
 */
export async function requirePageUser(here: string, role: Role = "reviewer"): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(here)}`);
  if (role === "admin" && user.role !== "admin") redirect("/review");
  return user;
}
