/**
 * The baseline for `npm run bench:http`: a bare Bolt app that acks `/kubecon` with fixed text,
 * configured like ours (HTTP receiver, signing secret, Web API at SLACK_API_URL for auth.test).
 */
import { App } from '@slack/bolt';

const app = new App({
  token: process.env.SLACK_BOT_TOKEN!,
  signingSecret: process.env.SLACK_SIGNING_SECRET!,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL! },
});
app.command('/kubecon', async ({ ack }) => {
  await ack({ response_type: 'ephemeral', text: 'Hello from a bare Bolt app.' });
});
await app.start(Number(process.env.PORT));
process.stdout.write('ready\n');
process.on('SIGTERM', () => process.exit(0));
