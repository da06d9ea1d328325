import type { Metadata } from "next";
import { ReviewDetail } from "../../../../components/reviews/review-detail.tsx";

export const metadata: Metadata = { title: "Weekly review" };

export default async function Review({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ReviewDetail id={id} />;
}
