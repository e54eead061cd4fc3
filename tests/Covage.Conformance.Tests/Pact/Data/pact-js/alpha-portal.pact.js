// The consumer tests of an operator's ordering portal, written with pact-js (npm
// @pact-foundation/pact@17.1.4), which writes ../alpha-ordering-portal-covage-ordering-api.json
// (Pact V4). The kit's tests verify that file with verify-pact (PactJsFileTests).
//
// To regenerate it (the library is not a dependency of the kit; install it anywhere):
//   mkdir /tmp/pactjs && cd /tmp/pactjs && npm install @pact-foundation/pact@17.1.4
//   NODE_PATH=/tmp/pactjs/node_modules node <this file>
//
// The portal's last interaction is a mistake a consumer can make: it reuses the order_ref of an
// existing order and expects 201. Covage refuses the duplicate (UPD-OPERATOR-REF-UNIQUE), so the
// verdict the kit must give for this file is a failure of that interaction only.
const path = require('path');
const { PactV4, MatchersV3 } = require('@pact-foundation/pact');
const { like, regex, uuid, eachLike, fromProviderState } = MatchersV3;

const ORDER = '0cd8d842-b0ca-43c0-8cbc-5d275cbdb1c2';
const auth = { Authorization: 'Bearer token-of-the-portal-tests' };
const json = { 'Content-Type': 'application/json' };
const pact = new PactV4({
  consumer: 'alpha-ordering-portal',
  provider: 'covage-ordering-api',
  dir: path.resolve(__dirname, '..'),
  logLevel: 'warn',
});

async function call(mock, method, url, body) {
  const response = await fetch(mock.url + url, {
    method,
    headers: body ? { ...auth, ...json } : auth,
    body: body ? JSON.stringify(body) : undefined,
  });
  return response.status;
}

async function main() {
  await pact.addInteraction()
    .given('a complete order in draft', { order_uuid: ORDER })
    .uponReceiving('the portal submits a complete draft')
    .withRequest('PATCH', `/api/v2/orders/${ORDER}/`, (b) => b.headers(auth).jsonBody({ status: 'submitted' }))
    .willRespondWith(200, (b) => b.headers(json).jsonBody({
      uuid: ORDER,
      reference: regex('^O[0-9]{6}_[0-9]{5}$', 'O261130_00042'),
      status: 'submitted',
      operator_info: like({ order_ref: 'PORTAL-1', order_name: 'first order' }),
    }))
    .executeTest((mock) => call(mock, 'PATCH', `/api/v2/orders/${ORDER}/`, { status: 'submitted' }));

  const endpoint = `/api/v2/orders/${ORDER}/endpoints/5692db93-af95-4b49-9bf2-6fcf619fc5ff/`;
  await pact.addInteraction()
    .given('an order in draft', { order_uuid: ORDER, kind: 'fiber-activate-defined' })
    .uponReceiving('the portal sets the OTP of the fibre endpoint')
    .withRequest('PATCH', fromProviderState('/api/v2/orders/${order_uuid}/endpoints/${endpoint_uuid}/', endpoint),
      (b) => b.headers(auth).jsonBody({ reference: 'FI-4672-5988' }))
    .willRespondWith(200, (b) => b.headers(json).jsonBody({ uuid: uuid('5692db93-af95-4b49-9bf2-6fcf619fc5ff'), reference: 'FI-4672-5988' }))
    .executeTest((mock) => call(mock, 'PATCH', endpoint, { reference: 'FI-4672-5988' }));

  await pact.addInteraction()
    .uponReceiving('the portal lists its orders')
    .withRequest('GET', '/api/v2/orders/', (b) => b.headers(auth).query({ limit: '5' }))
    .willRespondWith(200, (b) => b.headers(json).jsonBody(eachLike({ uuid: uuid(ORDER), status: like('draft') })))
    .executeTest((mock) => call(mock, 'GET', '/api/v2/orders/?limit=5'));

  const duplicate = {
    type: 'activate',
    request_type: 'activate',
    product: { code: 'AM01' },
    eligibility_ref: fromProviderState('${eligibility_copper_activate}', 'elig-5579a8ed-8b54-49d1-a4aa-c1441b02dad6'),
    operator_info: { order_ref: fromProviderState('${order_ref}', 'PORTAL-1'), order_name: 'second order' },
  };
  await pact.addInteraction()
    .given('a complete order in draft', { order_uuid: ORDER })
    .given('eligibilities for every request type')
    .uponReceiving('the portal creates an order with the order_ref of an existing one')
    .withRequest('POST', '/api/v2/orders/', (b) => b.headers(auth).jsonBody(duplicate))
    .willRespondWith(201, (b) => b.headers(json).jsonBody({ uuid: uuid(ORDER), status: 'draft' }))
    .executeTest((mock) => call(mock, 'POST', '/api/v2/orders/', {
      type: 'activate', request_type: 'activate', product: { code: 'AM01' },
      eligibility_ref: 'elig-5579a8ed-8b54-49d1-a4aa-c1441b02dad6',
      operator_info: { order_ref: 'PORTAL-1', order_name: 'second order' },
    }));
}

main().catch((e) => { console.error(e); process.exit(1); });
