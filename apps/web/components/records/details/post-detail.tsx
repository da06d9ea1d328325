"use client";

/** One post: its title, link and publication date, editable. */
import { RECORD_SCHEMAS } from "@traction/schemas";
import { useRouter } from "next/navigation";
import { posts } from "../../../lib/api/records.ts";
import { formatDay } from "../../../lib/dates.ts";
import { useLoad } from "../../../lib/hooks/use-load.ts";
import { DeleteButton } from "../delete-button.tsx";
import { Detail, DetailList, ExternalLink, RecordDetail } from "../record-detail.tsx";
import { RecordEditor } from "../record-editor.tsx";
import { POST_FIELDS, PostFields, readPost } from "../record-fields.tsx";

export function PostDetail({ id }: { id: string }) {
  const router = useRouter();
  const post = useLoad(`post:${id}`, (api) => posts.get(api, id));
  return (
    <RecordDetail
      back={{ href: "/posts", label: "All posts" }}
      what="this post"
      loaded={post}
      title={(record) => record.title}
      details={(record, show) => (
        <>
          <DetailList>
            <Detail label="Published">{record.publishedOn ? formatDay(record.publishedOn) : "Not yet"}</Detail>
            <Detail label="Link">
              <ExternalLink url={record.url} />
            </Detail>
          </DetailList>
          <RecordEditor
            name={record.title}
            record={record}
            schema={RECORD_SCHEMAS.posts.update}
            rules={RECORD_SCHEMAS.posts.create}
            fields={POST_FIELDS}
            read={(data) => readPost(data, null)}
            save={(api, value) => posts.update(api, record.id, value)}
            show={show}
          >
            {(errors) => <PostFields errors={errors} record={record} />}
          </RecordEditor>
          <DeleteButton
            name={record.title}
            remove={(api) => posts.remove(api, record.id)}
            onDeleted={() => router.push("/posts")}
          />
        </>
      )}
    />
  );
}
