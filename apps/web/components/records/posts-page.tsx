"use client";

import { ZCreatePostSchema } from "@traction/schemas";
import Link from "next/link";
import { posts } from "../../lib/api/records.ts";
import { formatDay } from "../../lib/dates.ts";
import { useCreate } from "../../lib/hooks/use-create.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { textLink } from "../ui/styles.ts";
import { RecordList, RecordsLayout } from "./record-list.tsx";
import { CreatePanel } from "./create-panel.tsx";
import { DeleteButton } from "./delete-button.tsx";
import { POST_FIELDS, PostFields, readPost } from "./record-fields.tsx";

export function PostsPage({ clientId }: { clientId?: string }) {
  const list = useList(`posts:${clientId ?? "me"}`, (api, cursor) => posts.list(api, { cursor }, clientId));
  const create = useCreate(posts.create, list.prepend);
  return (
    <RecordsLayout
      list={
        <RecordList
          title={clientId ? "Posts" : "Your posts"}
          list={list}
          what="your posts"
          empty="No posts yet. Writing about your field reminds people what you do."
        >
          {(post) => (
            <li key={post.id} className="py-3">
              <p className="font-medium text-slate-900">
                {clientId ? (
                  post.title
                ) : (
                  <Link href={`/posts/${post.id}`} className={textLink}>
                    {post.title}
                  </Link>
                )}
              </p>
              <p className="text-sm text-slate-700">
                {post.publishedOn ? `Published ${formatDay(post.publishedOn)}` : "Not published yet"}
                {post.url && (
                  <>
                    {" · "}
                    <a href={post.url} className={`break-all ${textLink}`} rel="noreferrer noopener" target="_blank">
                      {post.url}
                    </a>
                  </>
                )}
              </p>
              {!clientId && (
                <DeleteButton
                  name={post.title}
                  remove={(api) => posts.remove(api, post.id)}
                  onDeleted={() => list.drop(post.id)}
                />
              )}
            </li>
          )}
        </RecordList>
      }
      form={
        !clientId && (
          <CreatePanel
            title="Add a post"
            schema={ZCreatePostSchema}
            fields={POST_FIELDS}
            read={(data) => readPost(data, undefined)}
            submitLabel="Add post"
            onSubmit={create}
          >
            {(errors) => <PostFields errors={errors} />}
          </CreatePanel>
        )
      }
    />
  );
}
