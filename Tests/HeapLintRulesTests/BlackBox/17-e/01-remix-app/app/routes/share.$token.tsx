import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useEffect } from "react";
import { identifyUser, trackEvent } from "~/lib/analytics.client";
import { getOptionalUser } from "~/session.server";
import { findSharedReport } from "~/models/report.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const [viewer, report] = await Promise.all([
    getOptionalUser(request),
    findSharedReport(params.token!),
  ]);
  if (!report) throw new Response("Not found", { status: 404 });
  return json({
    viewer: viewer ? { email: viewer.email } : null,
    report: { id: report.id, title: report.title, rows: report.rows },
  });
}

export default function SharedReport() {
  const { viewer, report } = useLoaderData<typeof loader>();

  useEffect(() => {
    identifyUser(viewer?.email ?? "anonymous"); // expect: blocklisted-identity
    trackEvent("Shared Report Viewed", { report_id: report.id, signed_in: viewer ? 1 : 0 });
  }, [viewer, report.id]);

  return (
    <article className="prose mx-auto py-12">
      <h1>{report.title}</h1>
      <table>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.id}>
              <td>{row.label}</td>
              <td>{row.amount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
