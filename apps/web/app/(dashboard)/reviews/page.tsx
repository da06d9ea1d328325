import type { Metadata } from "next";
import { ReviewsPage } from "../../../components/reviews/reviews-page.tsx";

export const metadata: Metadata = { title: "Weekly reviews" };

export default function Reviews() {
  return <ReviewsPage />;
}
