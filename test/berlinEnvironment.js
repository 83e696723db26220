// A jest environment in Berlin's time zone, for tests of the user's calendar day: Node reads TZ
// anew when it changes, and the worker's own zone comes back after the file.
const { TestEnvironment } = require("jest-environment-node");

class BerlinEnvironment extends TestEnvironment {
  async setup() {
    this.zone = process.env.TZ;
    process.env.TZ = "Europe/Berlin";
    await super.setup();
  }

  async teardown() {
    if (this.zone === undefined) delete process.env.TZ;
    else process.env.TZ = this.zone;
    await super.teardown();
  }
}

module.exports = BerlinEnvironment;
