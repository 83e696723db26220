// Browser-test bundle: exposes the fake Excel host and the sample data on window, so a test can
// install them with page.addInitScript before the real task pane bundle runs.
import { createFakeHost } from "../../fake-excel";
import { sampleInvoices } from "./sample";

const w = window as unknown as Record<string, unknown>;
w.createFakeHost = createFakeHost;
w.sampleInvoices = sampleInvoices;
