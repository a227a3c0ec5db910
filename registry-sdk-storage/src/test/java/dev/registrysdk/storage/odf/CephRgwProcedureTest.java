package dev.registrysdk.storage.odf;

import dev.registrysdk.storage.Twins;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@DisplayName("seed 000 §3.7.3.4 Ceph RGW on ODF: Odf.cephRgw().claimName(\"rgwbucket\") instead of seven oc steps")
class CephRgwProcedureTest extends OdfObjectStorageProcedure {

  @Override
  String claim() {
    return "rgwbucket";
  }

  @Override
  String seedManifest() {
    return "/seeds/000-3.7.3.4-rgw-obc.yaml";
  }

  @Override
  boolean seedReadsDefaultCertificate() {
    return false;
  }

  @Override
  Odf provider() {
    return Odf.cephRgw().claimName("rgwbucket");
  }

  @Override
  protected void byHand(Twins.Oc oc) {
    // 1. cat <<EOF | oc apply -f -   (ObjectBucketClaim rgwbucket on ocs-storagecluster-ceph-rgw)
    oc.apply(seedManifest(), ODF);
    // 2. bucket_name=$(oc get obc -n openshift-storage rgwbucket -o jsonpath='{.spec.bucketName}')
    String bucketName = oc.bucketName(ODF, "rgwbucket");
    // 3. AWS_ACCESS_KEY_ID=$(oc get secret -n openshift-storage rgwbucket -o jsonpath='{.data.AWS_ACCESS_KEY_ID}' | base64 --decode)
    //    AWS_SECRET_ACCESS_KEY=$(oc get secret -n openshift-storage rgwbucket -o jsonpath='{.data.AWS_SECRET_ACCESS_KEY}' | base64 --decode)
    String accessKey = oc.secretValue(ODF, "rgwbucket", "AWS_ACCESS_KEY_ID");
    String secretKey = oc.secretValue(ODF, "rgwbucket", "AWS_SECRET_ACCESS_KEY");
    // 4. oc create secret generic image-registry-private-configuration-user
    //      --from-literal=REGISTRY_STORAGE_S3_ACCESSKEY=${AWS_ACCESS_KEY_ID}
    //      --from-literal=REGISTRY_STORAGE_S3_SECRETKEY=${AWS_SECRET_ACCESS_KEY} --namespace openshift-image-registry
    oc.createSecret("openshift-image-registry", "image-registry-private-configuration-user", Map.of(
        "REGISTRY_STORAGE_S3_ACCESSKEY", accessKey, "REGISTRY_STORAGE_S3_SECRETKEY", secretKey));
    // 5. route_host=$(oc get route ocs-storagecluster-cephobjectstore -n openshift-storage --template='{{ .spec.host }}')
    String routeHost = oc.routeHost(ODF, "ocs-storagecluster-cephobjectstore");
    // 6. oc extract secret/router-certs-default -n openshift-ingress --confirm
    //    oc create configmap image-registry-s3-bundle --from-file=ca-bundle.crt=./tls.crt -n openshift-config
    String tlsCrt = oc.extract("openshift-ingress", "router-certs-default", "tls.crt");
    oc.createConfigMap("openshift-config", "image-registry-s3-bundle", "ca-bundle.crt", tlsCrt);
    // 7. oc patch config.image/cluster -p '{"spec":{...}}' --type=merge
    oc.patchConfig(substitute(STEP_7, Map.of("bucket_name", bucketName, "route_host", routeHost)));
  }
}
