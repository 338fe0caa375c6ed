// web-test-runner runs the tests with mocha's globals; these are the ones the tests use.
interface MochaTest {
  timeout(ms: number): MochaTest;
}
type MochaDone = () => void | Promise<void>;
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: MochaDone): MochaTest;
declare function beforeEach(body: MochaDone): void;
declare function afterEach(body: MochaDone): void;
