import type { Metadata } from "next";
import { PostDetail } from "../../../../components/records/details/post-detail.tsx";
import { recordIdOr404 } from "../../../../lib/record-id.ts";

export const metadata: Metadata = { title: "Post" };

export default async function PostDetailPage({ params }: { params: Promise<{ id: string }> }) {
  return <PostDetail id={recordIdOr404((await params).id)} />;
}
