import { expect, test } from "@playwright/test";
import { goTo, newAccount, saveScreenshots, signIn } from "./support/accounts.ts";
import { registerWithRecords } from "./support/seed.ts";

const CONNECTIONS = [
  "Notes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  "Linus,Tor,https://www.linkedin.com/in/linus-tor,,Kernel Org,Maintainer,01 Nov 2026",
  "Margaret,Ham,,margaret.ham@example.test,Apollo,Lead engineer,02 Nov 2026",
  "No,Handle,,,Nowhere,Ghost,03 Nov 2026",
].join("\r\n");

test("a jobseeker imports LinkedIn connections: progress, counts, the rejected row with its reason, new contacts listed", async ({
  page,
}) => {
  const account = newAccount();
  await registerWithRecords(account);
  await signIn(page, account);
  await goTo(page, "Contacts");

  const panel = page.getByRole("region", { name: "Import from LinkedIn" });
  await panel.getByRole("button", { name: "Import connections" }).click();
  await expect(panel.getByText("Choose your Connections.csv first")).toBeVisible();

  await panel
    .getByLabel("Connections.csv")
    .setInputFiles({ name: "Connections.csv", mimeType: "text/csv", buffer: Buffer.from(CONNECTIONS) });
  await panel.getByRole("button", { name: "Import connections" }).click();
  await expect(panel.getByText("Import finished: 3 of 3 rows")).toBeVisible();
  await expect(panel.getByRole("progressbar")).toHaveAttribute("value", "3");
  await expect(panel.getByText("2 created, 0 merged into contacts you had, 1 rejected.")).toBeVisible();
  await expect(panel.getByRole("list", { name: "Rejected rows" })).toHaveText(/^Line 7: has neither a URL nor an Email Address/);
  await expect(page.getByRole("link", { name: "Linus Tor" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Margaret Ham" })).toBeVisible();
  await saveScreenshots(page, "contacts-imported");
});
