/** Times a 10,000-connection LinkedIn import end to end against the running server: upload, background merge, done. */
import { connectionsCsv, generatedConnections } from "../test/helpers/linkedin.ts";

export interface ImportFigure {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  created: number;
  rejected: number;
}

export async function timeImport(url: string, token: string, rows = 10_000): Promise<ImportFigure> {
  const csv = connectionsCsv(generatedConnections(rows));
  const form = new FormData();
  form.append("file", new Blob([csv], { type: "text/csv" }), "Connections.csv");
  const headers = { authorization: `Bearer ${token}` };
  const started = performance.now();
  const accepted = await fetch(`${url}/api/v1/imports/linkedin`, { method: "POST", headers, body: form });
  if (accepted.status !== 202) throw new Error(`import upload: ${accepted.status} ${await accepted.text()}`);
  const { id } = (await accepted.json()) as { id: string };
  for (;;) {
    const report = (await (await fetch(`${url}/api/v1/imports/${id}`, { headers })).json()) as {
      status: string;
      created: number;
      rejectedCount: number;
    };
    if (report.status === "DONE" || report.status === "FAILED") {
      if (report.status === "FAILED") throw new Error("import failed");
      const seconds = (performance.now() - started) / 1000;
      return {
        rows,
        seconds: Math.round(seconds * 100) / 100,
        rowsPerSecond: Math.round(rows / seconds),
        created: report.created,
        rejected: report.rejectedCount,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
