import { describe, expect, it } from "vitest";
import { addressPolicy, addressRefusal, urlRefusal } from "./network-policy.ts";

const production = addressPolicy("production");

describe("addressRefusal", () => {
  it.each([
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.0.10",
    "169.254.169.254",
    "100.64.0.1",
    "0.0.0.0",
    "224.0.0.1",
    "fd12:3456::1",
    "fe80::1",
    "::",
    "::ffff:10.0.0.1",
    // Forms that embed or translate another address (issue 13, item 7).
    "::127.0.0.1",
    "::7f00:1",
    "::ffff:0:7f00:1",
    "::ffff:0:a00:1",
    "2002:7f00:1::",
    "2002:a00:1::1",
    "2001:0:4136:e378:8000:63bf:3fff:fdd2",
    "64:ff9b::7f00:1",
    "64:ff9b:1::a00:1",
    "fec0::1",
    "fc00::1",
    "fe80::1%eth0",
    "ff02::1",
    "255.255.255.255",
    "198.18.0.1",
    "192.0.2.1",
    "2001:db8::1",
    "100::1",
    "::ffff:169.254.169.254",
    "::ffff:0.0.0.0",
  ])("refuses the private or reserved address %s", (address) => {
    expect(addressRefusal(address, production)).toMatch(/private or reserved/);
  });

  it.each(["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1", "::ffff:7f00:1"])(
    "refuses the loopback address %s outside tests",
    (address) => {
      expect(addressRefusal(address, production)).toMatch(/loopback/);
      expect(addressRefusal(address, addressPolicy("test"))).toBeNull();
    },
  );

  it.each(["93.184.216.34", "8.8.8.8", "172.32.0.1", "2606:4700::1111"])("allows the public address %s", (address) => {
    expect(addressRefusal(address, production)).toBeNull();
  });

  it("allows everything in development", () => {
    expect(addressRefusal("10.0.0.1", addressPolicy("development"))).toBeNull();
  });
});

describe("urlRefusal", () => {
  it("wants https, except http to a loopback host in development and tests", async () => {
    expect(await urlRefusal("http://8.8.8.8/hook", production)).toBe("must use https");
    expect(await urlRefusal("http://127.0.0.1:9/hook", production)).toBe("must use https");
    expect(await urlRefusal("http://127.0.0.1:9/hook", addressPolicy("test"))).toBeNull();
    expect(await urlRefusal("http://localhost:9/hook", addressPolicy("development"))).toBeNull();
    expect(await urlRefusal("https://8.8.8.8/hook", production)).toBeNull();
  });

  it.each(["[::127.0.0.1]", "[::ffff:0:7f00:1]", "[2002:7f00:1::]", "[fec0::1]", "[64:ff9b::127.0.0.1]"])(
    "refuses the literal host %s, even where loopback is allowed",
    async (host) => {
      expect(await urlRefusal(`https://${host}/hook`, addressPolicy("test"))).toMatch(
        /^resolves to .*(private or reserved|loopback)/,
      );
      expect(await urlRefusal(`https://${host}/hook`, production)).toMatch(/^resolves to /);
    },
  );

  it.each(["2130706433", "0x7f.1", "[::ffff:7f00:1]"])("reads the loopback host %s as loopback", async (host) => {
    expect(await urlRefusal(`https://${host}/hook`, production)).toMatch(/^resolves to .* loopback/);
    expect(await urlRefusal(`https://${host}/hook`, addressPolicy("test"))).toBeNull();
  });

  it("checks every address a host name resolves to", async () => {
    expect(await urlRefusal("https://localhost/hook", production)).toMatch(/^resolves to .* loopback/);
  });
});
