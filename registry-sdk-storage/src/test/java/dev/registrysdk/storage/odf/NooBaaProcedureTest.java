package dev.registrysdk.storage.odf;

import dev.registrysdk.storage.Twins;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

@DisplayName("seed 000 §3.7.3.5 NooBaa on ODF: Odf.nooBaa().claimName(\"noobaatest\") instead of seven oc steps")
class NooBaaProcedureTest extends OdfObjectStorageProcedure {

  @Override
  String claim() {
    return "noobaatest";
  }

  @Override
  String seedManifest() {
    return "/seeds/000-3.7.3.5-noobaa-obc.yaml";
  }

  @Override
  boolean seedReadsDefaultCertificate() {
    return true;
  }

  @Override
  Odf provider() {
    return Odf.nooBaa().claimName("noobaatest");
  }

  @Override
  protected void byHand(Twins.Oc oc) {
    // 1. cat <<EOF | oc apply -f -   (ObjectBucketClaim noobaatest on openshift-storage.noobaa.io)
    oc.apply(seedManifest(), ODF);
    // 2. bucket_name=$(oc get obc -n openshift-storage noobaatest -o jsonpath='{.spec.bucketName}')
    String bucketName = oc.bucketName(ODF, "noobaatest");
    // 3. AWS_ACCESS_KEY_ID=$(oc get secret -n openshift-storage noobaatest -o yaml | grep -w "AWS_ACCESS_KEY_ID:" | head -n1 | awk '{print $2}' | base64 --decode)
    //    AWS_SECRET_ACCESS_KEY=$(... "AWS_SECRET_ACCESS_KEY:" ...)
    String accessKey = oc.secretValue(ODF, "noobaatest", "AWS_ACCESS_KEY_ID");
    String secretKey = oc.secretValue(ODF, "noobaatest", "AWS_SECRET_ACCESS_KEY");
    // 4. oc create secret generic image-registry-private-configuration-user
    //      --from-literal=REGISTRY_STORAGE_S3_ACCESSKEY=${AWS_ACCESS_KEY_ID}
    //      --from-literal=REGISTRY_STORAGE_S3_SECRETKEY=${AWS_SECRET_ACCESS_KEY} --namespace openshift-image-registry
    oc.createSecret("openshift-image-registry", "image-registry-private-configuration-user", Map.of(
        "REGISTRY_STORAGE_S3_ACCESSKEY", accessKey, "REGISTRY_STORAGE_S3_SECRETKEY", secretKey));
    // 5. route_host=$(oc get route s3 -n openshift-storage -o=jsonpath='{.spec.host}')
    String routeHost = oc.routeHost(ODF, "s3");
    // 6. oc extract secret/$(oc get ingresscontroller -n openshift-ingress-operator default -o json
    //      | jq '.spec.defaultCertificate.name // "router-certs-default"' -r) -n openshift-ingress --confirm
    //    oc create configmap image-registry-s3-bundle --from-file=ca-bundle.crt=./tls.crt -n openshift-config
    String tlsCrt = oc.extract("openshift-ingress", oc.defaultCertificateName(), "tls.crt");
    oc.createConfigMap("openshift-config", "image-registry-s3-bundle", "ca-bundle.crt", tlsCrt);
    // 7. oc patch config.image/cluster -p '{"spec":{...}}' --type=merge
    oc.patchConfig(substitute(STEP_7, Map.of("bucket_name", bucketName, "route_host", routeHost)));
  }
}
