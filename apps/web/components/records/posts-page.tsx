"use client";

import { ZCreatePostSchema } from "@traction/schemas";
import { posts } from "../../lib/api/records.ts";
import { formatDay } from "../../lib/dates.ts";
import { text } from "../../lib/forms/read-form.ts";
import { useCreate } from "../../lib/hooks/use-create.ts";
import { useList } from "../../lib/hooks/use-list.ts";
import { TextField } from "../forms/text-field.tsx";
import { textLink } from "../ui/styles.ts";
import { RecordList, RecordsLayout } from "./record-list.tsx";
import { CreatePanel } from "./create-panel.tsx";
import { DeleteButton } from "./delete-button.tsx";

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
              <p className="font-medium text-slate-900">{post.title}</p>
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
            fields={["title", "url", "publishedOn"]}
            read={(data) => ({
              title: text(data, "title") ?? "",
              url: text(data, "url"),
              publishedOn: text(data, "publishedOn"),
            })}
            submitLabel="Add post"
            onSubmit={create}
          >
            {(errors) => (
              <>
                <TextField name="title" label="Title" error={errors.title} />
                <TextField name="url" label="Link" type="url" error={errors.url} />
                <TextField name="publishedOn" label="Published on" type="date" error={errors.publishedOn} />
              </>
            )}
          </CreatePanel>
        )
      }
    />
  );
}
