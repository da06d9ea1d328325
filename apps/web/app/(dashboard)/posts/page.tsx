import type { Metadata } from "next";
import { PostsPage } from "../../../components/records/posts-page.tsx";
import { PageHeader } from "../../../components/ui/page-header.tsx";

export const metadata: Metadata = { title: "Posts" };

export default function Posts() {
  return (
    <>
      <PageHeader title="Posts" description="Blog posts and articles: they refresh people's minds about what you do." />
      <PostsPage />
    </>
  );
}
