// Inbound media (photos of damaged parcels, voice notes) copied from the platforms, whose own media
// URLs expire. Private, encrypted, TLS-only, expiring, with server access logs.
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { DEFAULT_RETENTION } from '../../functions/core/merchant-config';

export interface MediaBucketProps {
  /**
   * Days an inbound media object is kept: the stack passes the merchant's `retention.mediaDays`
   * (core/merchant-config.ts), so the lifecycle rule and the table's TTLs come from one setting.
   * @default DEFAULT_RETENTION.mediaDays (90)
   */
  readonly retentionDays?: number;
  /** Days an access-log object is kept. @default 365 */
  readonly accessLogRetentionDays?: number;
}

/**
 * The media bucket and its access-log bucket.
 * @example
 * const media = new MediaBucket(this, 'Media');
 * bindMediaBucket(worker, media.bucket, 'readWrite');
 */
export class MediaBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogBucket: Bucket;

  constructor(scope: Construct, id: string, props: MediaBucketProps = {}) {
    super(scope, id);

    this.accessLogBucket = new Bucket(this, 'AccessLogs', {
      // S3 server access logging only delivers to SSE-S3 buckets.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // No objectOwnership: without the serverAccessLogsUseBucketPolicy feature flag CDK grants the log
      // delivery group through an ACL, which needs the default ObjectWriter ownership.
      enforceSSL: true,
      lifecycleRules: [{ expiration: Duration.days(props.accessLogRetentionDays ?? 365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.bucket = new Bucket(this, 'Bucket', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      serverAccessLogsBucket: this.accessLogBucket,
      serverAccessLogsPrefix: 'media/',
      lifecycleRules: [
        {
          expiration: Duration.days(props.retentionDays ?? DEFAULT_RETENTION.mediaDays),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
