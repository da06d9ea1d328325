import type { Metadata } from "next";
import { NewReview } from "../../../../components/reviews/new-review.tsx";

export const metadata: Metadata = { title: "Weekly review" };

export default async function NewReviewPage({ searchParams }: { searchParams: Promise<{ week?: string | string[] }> }) {
  const { week } = await searchParams;
  return <NewReview week={typeof week === "string" ? week : undefined} />;
}
