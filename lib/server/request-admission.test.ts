import { afterEach, describe, expect, it, vi } from "vitest";
import { createRequestAdmission, type AdmissionTicket } from "./request-admission";

type FakeRequest = AdmissionTicket & { started: boolean; end(): void; leave(): void };

function request(log: string[], name: string): FakeRequest {
  const listeners: (() => void)[] = [];
  let gone = false;
  const r: FakeRequest = {
    started: false,
    onEnd: (ended) => listeners.push(ended),
    abandoned: () => gone,
    start: () => {
      r.started = true;
      log.push(name);
    },
    // Node emits both 'finish' and 'close' for one answer: every listener runs, each may release.
    end: () => listeners.forEach((l) => (l(), l())),
    leave: () => (gone = true),
  };
  return r;
}

const limits = { concurrency: 2, releaseAfterMs: 500, maxWaiting: 3 };

describe("request admission", () => {
  afterEach(() => vi.useRealTimers());

  it("handles at most `concurrency` at once and the rest in arrival order", () => {
    const log: string[] = [];
    const admission = createRequestAdmission(limits);
    const [a, b, c, d] = ["a", "b", "c", "d"].map((n) => request(log, n)) as [FakeRequest, FakeRequest, FakeRequest, FakeRequest];
    for (const r of [a, b, c, d]) expect(admission.admit(r)).toBe(true);
    expect(log).toEqual(["a", "b"]);
    expect(admission.running()).toBe(2);
    expect(admission.waiting()).toBe(2);
    b.end();
    expect(log).toEqual(["a", "b", "c"]);
    a.end();
    expect(log).toEqual(["a", "b", "c", "d"]);
    c.end();
    d.end();
    expect(admission.running()).toBe(0);
  });

  it("counts an answer's end once, however many end events it sends", () => {
    const log: string[] = [];
    const admission = createRequestAdmission(limits);
    const rs = ["a", "b", "c", "d"].map((n) => request(log, n));
    rs.forEach((r) => admission.admit(r));
    rs[0]!.end();
    rs[0]!.end();
    expect(log).toEqual(["a", "b", "c"]);
    expect(admission.running()).toBe(2);
  });

  it("refuses a request when `maxWaiting` already wait", () => {
    const admission = createRequestAdmission(limits);
    const log: string[] = [];
    const accepted = Array.from({ length: 6 }, (_, i) => admission.admit(request(log, String(i))));
    expect(accepted).toEqual([true, true, true, true, true, false]);
    expect(admission.waiting()).toBe(3);
  });

  it("drops a waiting request whose client left", () => {
    const log: string[] = [];
    const admission = createRequestAdmission(limits);
    const [a, b, c, d] = ["a", "b", "c", "d"].map((n) => request(log, n)) as [FakeRequest, FakeRequest, FakeRequest, FakeRequest];
    [a, b, c, d].forEach((r) => admission.admit(r));
    c.leave();
    a.end();
    expect(log).toEqual(["a", "b", "d"]);
    expect(c.started).toBe(false);
  });

  it("gives a long request's place to the next one after `releaseAfterMs`", () => {
    vi.useFakeTimers();
    const log: string[] = [];
    const admission = createRequestAdmission(limits);
    const [a, b, c] = ["a", "b", "c"].map((n) => request(log, n)) as [FakeRequest, FakeRequest, FakeRequest];
    [a, b, c].forEach((r) => admission.admit(r));
    vi.advanceTimersByTime(499);
    expect(log).toEqual(["a", "b"]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(["a", "b", "c"]);
    // The long ones ending later do not free a second place each.
    a.end();
    b.end();
    expect(admission.running()).toBe(1);
  });

  it("frees the place of a request whose handler throws", () => {
    const admission = createRequestAdmission(limits);
    const broken: AdmissionTicket = {
      onEnd: () => {},
      abandoned: () => false,
      start: () => {
        throw new Error("boom");
      },
    };
    expect(() => admission.admit(broken)).toThrow("boom");
    expect(admission.running()).toBe(0);
  });
});
